using Microsoft.AspNetCore.Mvc.Filters;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Infrastructure;

/// <summary>
/// Turns a broken domain rule (including a stale edit) into the same page with the message next to its field,
/// the user's input kept. The failed changes are dropped from the unit of work first, so nothing half-done is saved.
/// </summary>
internal sealed class DomainErrorPageFilter(SolidarityGraphDbContext db) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is DomainException error && !executed.ExceptionHandled && context.HandlerInstance is AdminPageModel page)
        {
            db.ChangeTracker.Clear();
            await page.ShowDomainErrorAsync(error);
            executed.Result = page.Page();
            executed.ExceptionHandled = true;
        }
    }
}
