using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Raaqj.Web.Domain;

namespace Raaqj.Web.Infrastructure.Web;

public static class ValidationExtensions
{
    // Runs the validator and copies its errors into ModelState; true when the form is valid.
    // prefix: The form's name in the view model ("Form" when fields are named Form.Title).
    public static async Task<bool> ValidateIntoAsync<T>(this IValidator<T> validator, T model, ModelStateDictionary modelState, string? prefix = null)
    {
        var result = await validator.ValidateAsync(model);
        foreach (var error in result.Errors)
            modelState.AddModelError(prefix is null ? error.PropertyName : $"{prefix}.{error.PropertyName}", error.ErrorMessage);
        return result.IsValid && modelState.IsValid;
    }

    // fields: The form fields a violation may name; others are shown at the top of the form.
    public static void AddRuleViolations(this ModelStateDictionary modelState, IEnumerable<RuleViolation> violations, string? prefix = null, params string[] fields)
    {
        foreach (var violation in violations)
        {
            var key = fields.Contains(violation.Field) ? (prefix is null ? violation.Field : $"{prefix}.{violation.Field}") : "";
            modelState.AddModelError(key, violation.Message);
        }
    }
}
