package org.iprhotline.hotline.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.iprhotline.hotline.region.Regions;

/** A GB/T 2260 division code the service knows (a province, city or county of the mainland); null passes. */
@Documented
@Constraint(validatedBy = KnownRegion.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownRegion {

    String message() default "must be a GB/T 2260 administrative division code of the mainland, six digits "
            + "(440000 Guangdong, 440300 Shenzhen, 440303 Luohu District)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownRegion, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.length() == 6 && Regions.get().find(value).isPresent();
        }
    }
}
