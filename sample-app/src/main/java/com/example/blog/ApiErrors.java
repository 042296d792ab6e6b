package com.example.blog;

import dev.prismaspring.client.errors.ForeignKeyViolationException;
import dev.prismaspring.client.errors.RecordNotFoundException;
import dev.prismaspring.client.errors.UniqueConstraintViolationException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Prisma's typed errors as HTTP answers. */
@RestControllerAdvice
class ApiErrors {

	@ExceptionHandler(RecordNotFoundException.class)
	ProblemDetail notFound(RecordNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.code(), ex.getMessage());
	}

	@ExceptionHandler(UniqueConstraintViolationException.class)
	ProblemDetail conflict(UniqueConstraintViolationException ex) {
		return problem(HttpStatus.CONFLICT, ex.code(), "Already taken: " + String.join(", ", ex.fields()));
	}

	@ExceptionHandler(ForeignKeyViolationException.class)
	ProblemDetail badReference(ForeignKeyViolationException ex) {
		return problem(HttpStatus.UNPROCESSABLE_ENTITY, ex.code(), ex.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("code", code);
		return problem;
	}
}
