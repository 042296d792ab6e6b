/** Errors as types, with Prisma Client's codes. */
package dev.prismaspring.client.errors;
