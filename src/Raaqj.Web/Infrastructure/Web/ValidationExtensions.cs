using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Raaqj.Web.Domain;

namespace Raaqj.Web.Infrastructure.Web;

public static class ValidationExtensions
{
    /// <summary>Runs the validator and copies its errors into ModelState; true when the form is valid.</summary>
    public static async Task<bool> ValidateIntoAsync<T>(this IValidator<T> validator, T model, ModelStateDictionary modelState)
    {
        var result = await validator.ValidateAsync(model);
        foreach (var error in result.Errors)
            modelState.AddModelError(error.PropertyName, error.ErrorMessage);
        return result.IsValid && modelState.IsValid;
    }

    public static void AddRuleViolations(this ModelStateDictionary modelState, IEnumerable<RuleViolation> violations)
    {
        foreach (var violation in violations)
            modelState.AddModelError(violation.Field, violation.Message);
    }

    public static void AddIdentityErrors(this ModelStateDictionary modelState, string field, IdentityResult result)
    {
        foreach (var error in result.Errors)
            modelState.AddModelError(field, error.Description);
    }
}
