using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ActionPlanTracker.Web;

public static class ValidationExtensions
{
    /// <summary>
    /// Copies FluentValidation's errors into ModelState under the page's <c>Input.</c> prefix, so each message
    /// appears next to its field. Returns true when there were none and model binding found nothing wrong either.
    /// </summary>
    public static bool AddTo(this ValidationResult result, ModelStateDictionary modelState, string prefix = "Input")
    {
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(error.PropertyName) ? prefix : $"{prefix}.{error.PropertyName}";
            modelState.AddModelError(key, error.ErrorMessage);
        }

        return result.IsValid && modelState.IsValid;
    }
}
