using Microsoft.AspNetCore.Mvc.Filters;

namespace SolidarityGraph.Api.Infrastructure;

/// <summary>
/// A form post that fails its DataAnnotations never reaches the handler: the page is shown again with the
/// messages next to the fields and its lookups reloaded.
/// </summary>
internal sealed class ValidationFailurePageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method) && !context.ModelState.IsValid
            && context.HandlerInstance is AdminPageModel page)
        {
            await page.LoadLookupsAsync();
            context.Result = page.Page();
            return;
        }

        await next();
    }
}
