package dev.prismaspring.migrate.deploy;

/** What deploy does when an applied migration's script was edited afterwards. */
public enum ChecksumPolicy {

	/** Refuse to deploy (the default): the database may not be what the folder describes. */
	FAIL,

	/** Deploy, and report each edited migration as a warning (Prisma's own deploy does not check). */
	WARN,

	/** Deploy without looking. */
	IGNORE
}
