using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SolidarityGraph.Api.TrustedDocuments;

namespace SolidarityGraph.Api.Pages.Admin.TrustedDocuments;

/// <summary>
/// The trusted documents the server runs by id (Admin role only, see AdminExtensions), and the upload of a manifest
/// <c>{ "&lt;sha256 hex&gt;": "&lt;document&gt;" }</c> as the typed client's build writes it. An invalid manifest adds nothing.
/// </summary>
internal sealed class IndexModel(TrustedDocumentStore store) : PageModel
{
    /// <summary>The largest manifest accepted.</summary>
    public const long MaxManifestBytes = 4 * 1024 * 1024;

    public IReadOnlyList<KeyValuePair<string, string>> Documents { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void OnGet() => Load();

    public async Task<IActionResult> OnPostAsync(IFormFile? manifest)
    {
        if (manifest is null || manifest.Length == 0)
        {
            return Refuse("Choose a manifest file (JSON) to upload.");
        }

        if (manifest.Length > MaxManifestBytes)
        {
            return Refuse($"The manifest is larger than {MaxManifestBytes / 1024 / 1024} MB.");
        }

        using var reader = new StreamReader(manifest.OpenReadStream());
        var (added, problems) = await store.UploadAsync(await reader.ReadToEndAsync(HttpContext.RequestAborted), HttpContext.RequestAborted);
        if (problems.Count > 0)
        {
            return Refuse(problems.ToArray());
        }

        TempData["Message"] = $"{added} trusted documents loaded from {manifest.FileName}.";
        return RedirectToPage();
    }

    private PageResult Refuse(params string[] problems)
    {
        Problems = problems;
        Load();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private void Load() => Documents = store.Documents.OrderBy(d => d.Value, StringComparer.Ordinal).ToList();
}
