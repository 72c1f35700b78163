package org.kogge.common;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The errors of the {@link CalendarEndpoint calendar endpoints}: an unknown thing and an address that cannot name
 * one ({@code /calendar/sessions/abc.ics}, an id beyond the range of numbers) are both "not found", answered here
 * in plain text instead of being left to the servlet container's error page.
 */
@RestControllerAdvice(annotations = CalendarEndpoint.class)
class CalendarErrors {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .cacheControl(CacheControl.noStore()).body("Not found");
    }
}
