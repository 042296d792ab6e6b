/** The {@code /actuator/prisma} endpoint and the health of the migrations. */
package dev.prismaspring.boot.actuate;
