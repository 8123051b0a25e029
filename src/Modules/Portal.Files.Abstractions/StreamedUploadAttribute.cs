using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Files;

/// <summary>
/// Marks an action that reads its body through <see cref="IUploadReader"/>. MVC must not read the form
/// first: the global antiforgery filter and the form value providers would buffer every file (to disk,
/// unencrypted). So this turns both off for the action; the reader checks the token itself, from the
/// first field, before it accepts any file. Route values and other non-form parameters still bind.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StreamedUploadAttribute : IgnoreAntiforgeryTokenAttribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        context.ValueProviderFactories.RemoveType<FormValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<FormFileValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
