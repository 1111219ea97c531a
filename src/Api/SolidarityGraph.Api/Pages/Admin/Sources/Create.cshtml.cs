using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Pages.Admin.Sources;

/// <summary>
/// Registers a source from an uploaded file or pasted text, like the <c>createSource</c> mutation: the text's SHA-256
/// registers the source and <see cref="SourceText.ArchiveVerified"/> archives exactly that text. A document already
/// archived (same SHA-256) is refused with a link to its source, so one document is never two sources.
/// </summary>
internal sealed class CreateModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The organisations that may publish a source, by name.</summary>
    public ReferenceOptions Publishers { get; private set; } = null!;

    /// <summary>The source that already archives the submitted document.</summary>
    public Source? Duplicate { get; private set; }

    public async Task OnGetAsync() => await LoadLookupsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var content = await Input.ContentAsync(this);
        var description = await Input.DetailsForAsync(this, db);
        if (content is null || description is null)
        {
            await LoadLookupsAsync();
            return Page();
        }

        var hash = SourceText.Sha256Of(content);
        if (await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.ContentSha256 == hash) is { } existing)
        {
            Duplicate = existing;
            ModelState.AddModelError(Input.File is null ? "Input.Text" : "Input.File", $"The same document (SHA-256 {hash}) is already source «{existing.Title}».");
            await LoadLookupsAsync();
            return Page();
        }

        var source = new Source(Input.Title, Input.Language, hash, DateTime.UtcNow);
        description.Value.ApplyTo(source);
        db.Sources.Add(SourceText.ArchiveVerified(source, content));
        await db.SaveChangesAsync();
        TempData["Message"] = $"Source created; its text is archived ({source.ArchivedText!.Length:N0} characters).";
        return RedirectToPage("Details", new { id = source.Id });
    }

    public override async Task LoadLookupsAsync() => Publishers = await DescriptionInput.PublishersAsync(db);

    protected override string? FieldFor(string code) => DescriptionInput.FieldFor(code);

    /// <summary>A new source: its document, language and description.</summary>
    public sealed class InputModel : DescriptionInput
    {
        /// <summary>Largest accepted document.</summary>
        public const int MaxBytes = 5 * 1024 * 1024;

        [Display(Name = "Upload a text file")]
        public IFormFile? File { get; set; }

        [Display(Name = "or paste the document's text"), DataType(DataType.MultilineText)]
        public string? Text { get; set; }

        [Required, RegularExpression("^[a-z]{2}$", ErrorMessage = "Use a two-letter ISO 639-1 code such as es."), Display(Name = "Language of the text")]
        public string Language { get; set; } = "en";

        /// <summary>
        /// The document's bytes: the uploaded file as it is, or the pasted text as UTF-8 with the browser's CRLF line
        /// breaks made LF again. Null, with the reason in the model state, when there is none, both, or too much.
        /// </summary>
        public async Task<byte[]?> ContentAsync(AdminPageModel page)
        {
            ArgumentNullException.ThrowIfNull(page);
            var pasted = string.IsNullOrWhiteSpace(Text) ? null : Text.ReplaceLineEndings("\n");
            if ((File is null) == (pasted is null))
            {
                page.ModelState.AddModelError("Input.File", File is null ? "Upload the document or paste its text." : "Upload a file or paste text, not both.");
                return null;
            }

            if (File is { Length: 0 or > MaxBytes })
            {
                page.ModelState.AddModelError("Input.File", $"Choose a non-empty text file of at most {MaxBytes / 1024 / 1024} MB.");
                return null;
            }

            if (pasted is not null)
            {
                return new UTF8Encoding(false).GetBytes(pasted);
            }

            using var buffer = new MemoryStream();
            await File!.CopyToAsync(buffer);
            return buffer.ToArray();
        }
    }

    /// <summary>The descriptive fields of a source, shared with the edit page (<c>updateSource</c>'s fields).</summary>
    public class DescriptionInput
    {
        [Required, StringLength(500)]
        public string Title { get; set; } = string.Empty;

        [Display(Name = "Publisher (organisation)")]
        public string? Publisher { get; set; }

        [Display(Name = "URL"), Url(ErrorMessage = "Give the full address, e.g. https://example.org/report.")]
        public string? Url { get; set; }

        [Display(Name = "Published"), RegularExpression(@"^\d{4}(-\d{2}(-\d{2})?)?~?$", ErrorMessage = "Use YYYY, YYYY-MM or YYYY-MM-DD (add ~ when approximate).")]
        public string? PublishedAt { get; set; }

        [Display(Name = "Licence"), StringLength(200)]
        public string? License { get; set; }

        public static async Task<ReferenceOptions> PublishersAsync(SolidarityGraphDbContext db) =>
            ReferenceOptions.For(await RecordNames.LoadAsync(db), typeof(Organisation));

        public async Task CopyFromAsync(Source source, SolidarityGraphDbContext db)
        {
            ArgumentNullException.ThrowIfNull(source);
            (Title, Url, PublishedAt, License) = (source.Title, source.Url, source.PublishedAt?.ToString(), source.License);
            Publisher = (await PublishersAsync(db)).LabelOf(source.PublisherId);
        }

        /// <summary>The description this input states; null, with the reasons in the model state, when a name or date cannot be read.</summary>
        public async Task<Description?> DetailsForAsync(AdminPageModel page, SolidarityGraphDbContext db)
        {
            ArgumentNullException.ThrowIfNull(page);
            var publisherId = (await PublishersAsync(db)).Resolve(Publisher, "organisation", out var error);
            if (error is not null)
            {
                page.ModelState.AddModelError("Input.Publisher", error);
            }

            var publishedAt = page.ParseDate(PublishedAt, "Input.PublishedAt");
            return page.ModelState.IsValid ? new Description(Title, Url, publisherId, publishedAt, License) : null;
        }

        /// <summary>Where the constructor's rules go.</summary>
        public static string? FieldFor(string code) => code switch
        {
            DomainErrorCodes.Required => "Input.Title",
            DomainErrorCodes.InvalidFormat => "Input.Language",
            _ => null,
        };
    }

    /// <summary>A source's description as the form states it, applied like <c>updateSource</c> applies its input.</summary>
    public readonly record struct Description(string Title, string? Url, string? PublisherId, PartialDate? PublishedAt, string? License)
    {
        public Source ApplyTo(Source source)
        {
            ArgumentNullException.ThrowIfNull(source);
            return source.Retitle(Title).Describe(Url, PublisherId, source.SeedFile, PublishedAt, License);
        }
    }
}
