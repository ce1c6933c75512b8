package org.southsouth.partner.rest.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class CodedValidator implements ConstraintValidator<Coded, String> {

    private CodeList list;

    @Override
    public void initialize(Coded annotation) {
        list = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || list.contains(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(list.message()).addConstraintViolation();
        return false;
    }
}
