using Microsoft.AspNetCore.Mvc;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Api.Pages.Admin.Citations;

/// <summary>
/// Cites a source for one field of any record through <see cref="SourceText.Cite"/>, like the <c>createCitation</c>
/// mutation. The steward opens the source by name, then selects the quote in its archived text or chooses a sentence
/// found by searching; a quote not in the text is refused, and the nearest passage is offered instead.
/// </summary>
internal sealed class CreateModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "subject")]
    public string? Subject { get; set; }

    [BindProperty(SupportsGet = true, Name = "field")]
    public string? Field { get; set; }

    [BindProperty(SupportsGet = true, Name = "source")]
    public string? SourceName { get; set; }

    [BindProperty(SupportsGet = true, Name = "find")]
    public string? Find { get; set; }

    [BindProperty]
    public CitationInput Input { get; set; } = new();

    public CitationPicker Picker { get; private set; } = null!;

    public string? SubjectUrl { get; private set; }

    private EntityBase? _subject;

    private Source? _source;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadLookupsAsync();
        return _subject is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadLookupsAsync();
        if (_subject is null)
        {
            return NotFound();
        }

        if (_source?.ArchivedText is not { } text)
        {
            return Page();
        }

        if (Input.Picked(text) is not { } picked)
        {
            ModelState.AddModelError("Input.Quote", "Select the quote in the text, type it, or choose a sentence.");
            return Page();
        }

        var request = new CitationRequest(picked.Quote, [Field ?? string.Empty], Input.Assertion, Input.Rationale, Input.ContainsPersonalData) { SelectedStart = picked.Start };
        db.Citations.Add(SourceText.Cite(_source, _subject.AsSubject(), request, db.Actor, DateTime.UtcNow));
        await db.SaveChangesAsync();
        TempData["Message"] = $"Citation saved: «{SourceText.Normalise(picked.Quote)}» supports {Field}.";
        return Redirect(SubjectUrl ?? "/admin");
    }

    public override async Task LoadLookupsAsync()
    {
        var names = await RecordNames.LoadAsync(db);
        _subject = names.Find(Subject)?.Entity;
        if (_subject is null)
        {
            return;
        }

        SubjectUrl = names.UrlOf(_subject.Id);
        var fields = CitationPicker.FieldsOf(_subject.GetType());
        Field = fields.Contains(Field ?? string.Empty, StringComparer.Ordinal) ? Field : fields.FirstOrDefault();
        if (!string.IsNullOrWhiteSpace(SourceName))
        {
            _source = await CitationPicker.SourceNamedAsync(db, names, SourceName, message => ModelState.AddModelError("source", message));
            if (_source is { ArchivedText: null })
            {
                ModelState.AddModelError("source", $"Source «{_source.Title}» has no archived text yet; archive it first.");
            }
        }

        var text = _source?.ArchivedText;
        Picker = CitationPicker.For(_subject, names, Field, SourceName) with
        {
            Source = _source,
            Find = Find,
            Matches = TextPassages.Containing(text, Find),
            Input = Input,
            Nearest = RefusedQuote() is { } quote ? TextPassages.Nearest(text, quote) : null,
        };
    }

    protected override string? FieldFor(string code) => code switch
    {
        DomainErrorCodes.CitationRationaleRequired or DomainErrorCodes.CitationCuratorRequired => "Input.Rationale",
        DomainErrorCodes.CitationSupportsRequired => "field",
        SourceText.TextMissing => "source",
        CitationPrivacy.QuoteNamesPerson => "Input.ContainsPersonalData",
        _ => null,
    };

    // The quote the last save refused, whose nearest passage is offered as a sentence to choose.
    private string? RefusedQuote() =>
        ModelState.TryGetValue("Input.Quote", out var entry) && entry.Errors.Count > 0 && !string.IsNullOrWhiteSpace(Input.Quote) ? Input.Quote : null;
}
