using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth.PartnerAccess;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Persistence.Auditing;

namespace SolidarityGraph.Api.Pages.Admin.PartnerApplications;

/// <summary>
/// Partner applications (Admin role only, see AdminExtensions): the list with last use, rotating a secret (the new one
/// is shown once, in this response only) and revoking. Changes go through <see cref="Auth.PartnerAccess.PartnerApplications"/>.
/// </summary>
internal sealed class IndexModel(Auth.PartnerAccess.PartnerApplications applications, SolidarityGraphDbContext db) : PageModel
{
    /// <summary>How many audit entries the page lists.</summary>
    public const int ChangesShown = 20;

    public IReadOnlyList<PartnerApplicationSummary> Rows { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Changes { get; private set; } = [];

    /// <summary>A secret rotated by this request, or null.</summary>
    public ShownSecret? Secret { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostRotateAsync(string clientId)
    {
        var (secret, problem) = await applications.RotateSecretAsync(clientId, cancellationToken: HttpContext.RequestAborted);
        if (problem is not null)
        {
            TempData["Problem"] = problem;
            return RedirectToPage();
        }

        // Rendered, not redirected: the secret must not travel through TempData's cookie or any later request.
        Secret = new ShownSecret(clientId, secret!);
        Response.Headers.CacheControl = "no-store";
        TempData["Message"] = $"The secret of {clientId} was replaced; the old one no longer works.";
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string clientId)
    {
        if (clientId == Auth.PartnerAccess.PartnerApplications.IdeClientId)
        {
            TempData["Problem"] = "The IDE's client is built in: the server registers it again at start. Disable the IDE (GraphQL:Ide:Enable) instead.";
        }
        else if (await applications.RevokeAsync(clientId, HttpContext.RequestAborted))
        {
            TempData["Message"] = $"{clientId} revoked: its secret and its tokens no longer work.";
        }
        else
        {
            TempData["Problem"] = $"No client with the id '{clientId}'.";
        }

        return RedirectToPage();
    }

    /// <summary>A time for people (UTC, minutes), or <paramref name="none"/>.</summary>
    public static string Format(DateTimeOffset? time, string none) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : none;

    private async Task LoadAsync()
    {
        Rows = await applications.ListAsync(HttpContext.RequestAborted);
        // Entry ids are ULIDs, so ordering by id is ordering by time.
        Changes = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == Auth.PartnerAccess.PartnerApplications.AuditType)
            .OrderByDescending(a => a.Id)
            .Take(ChangesShown)
            .ToListAsync(HttpContext.RequestAborted);
    }
}
