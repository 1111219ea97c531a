using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Pages.Admin.Sources;

/// <summary>
/// Archives a source's full text from an uploaded file. The file must hash to the source's registered SHA-256, so the
/// archived text is exactly the document the quotes were taken from (a pasted text would change line endings).
/// </summary>
internal sealed class ArchiveModel(SolidarityGraphDbContext db) : AdminPageModel
{
    /// <summary>Largest accepted document.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Source? Source { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadLookupsAsync();
        return Source is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.File is null || Input.File.Length is 0 or > MaxBytes)
        {
            ModelState.AddModelError("Input.File", $"Choose a text file of at most {MaxBytes / 1024 / 1024} MB.");
            await LoadLookupsAsync();
            return Page();
        }

        if (await db.LoadForEditAsync<Source>(Id, Input.Version) is not { } source)
        {
            return NotFound();
        }

        using var buffer = new MemoryStream();
        await Input.File.CopyToAsync(buffer);
        SourceText.ArchiveVerified(source, buffer.ToArray());
        await db.SaveChangesAsync();
        TempData["Message"] = "Source text archived; its SHA-256 matches.";
        return RedirectToPage("Details", new { id = Id });
    }

    public override async Task LoadLookupsAsync()
    {
        Source = await db.Sources.FindAsync(Id);
        if (Source is not null && !ModelState.ContainsKey("Input.Version"))
        {
            Input.Version = Source.Version;
        }
    }

    protected override string? FieldFor(string code) => code == SourceText.HashMismatch ? "Input.File" : null;

    public sealed class InputModel
    {
        [Display(Name = "Document (the exact file the source was registered with)")]
        public IFormFile? File { get; set; }

        public long Version { get; set; }
    }
}
