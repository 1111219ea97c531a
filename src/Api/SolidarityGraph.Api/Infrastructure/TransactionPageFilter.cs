using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Filters;
using SolidarityGraph.Api.Schema.Privacy;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Infrastructure;

/// <summary>
/// Names the signed-in user as the audit actor, lets stewards' pages read steward-only rows, and runs each form post of a curation page in one database
/// transaction: committed when the handler finished (including a handled domain error, whose audit row must stay),
/// rolled back when an exception escaped.
/// </summary>
internal sealed class TransactionPageFilter(SolidarityGraphDbContext db, IAuthorizationService authorization) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        db.Actor = context.HttpContext.User.Identity?.Name ?? "anonymous";
        db.ReadsStewardOnlyData = await StewardAccess.PassesAsync(context.HttpContext.User, authorization);
        var path = context.ActionDescriptor.ViewEnginePath;
        var curation = path.StartsWith("/Admin/", StringComparison.Ordinal)
            && !path.StartsWith("/Admin/Account/", StringComparison.Ordinal)
            && !path.StartsWith("/Admin/Users/", StringComparison.Ordinal)
            // Partner applications (and their limits) live in the Identity store; a write lock held here would block its
            // own connection.
            && !path.StartsWith("/Admin/PartnerApplications/", StringComparison.Ordinal)
            && !path.StartsWith("/Admin/RateLimits/", StringComparison.Ordinal);
        if (HttpMethods.IsGet(context.HttpContext.Request.Method) || !curation)
        {
            await next();
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(context.HttpContext.RequestAborted);
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            await transaction.CommitAsync(context.HttpContext.RequestAborted);
        }
        else
        {
            await transaction.RollbackAsync(context.HttpContext.RequestAborted);
        }
    }
}
