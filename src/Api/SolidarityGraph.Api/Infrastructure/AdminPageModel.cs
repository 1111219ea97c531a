using Microsoft.AspNetCore.Mvc.RazorPages;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Api.Infrastructure;

/// <summary>
/// Base of admin pages. The page filters call its hooks: lookups are reloaded whenever a form is shown again, a
/// broken domain rule becomes a message next to its field, and a stale edit loads the current version to show.
/// </summary>
public abstract class AdminPageModel : PageModel
{
    /// <summary>Fills dropdowns and other display-only data; called before a form is shown again.</summary>
    public virtual Task LoadLookupsAsync() => Task.CompletedTask;

    /// <summary>Loads the current saved version after a stale edit, so the page can show both versions.</summary>
    public virtual Task OnConflictAsync(ConcurrencyConflictException conflict) => Task.CompletedTask;

    /// <summary>
    /// After a stale edit the form is shown again beside the saved record; its hidden version becomes the saved one, so
    /// the next save is a deliberate overwrite of what the steward has now seen. Returns that version for the form.
    /// </summary>
    protected long AdoptSavedVersion(EntityBase saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return AdoptSavedVersion(saved.Version);
    }

    /// <summary>As <see cref="AdoptSavedVersion(EntityBase)"/>, for a record versioned outside the domain's entities.</summary>
    protected long AdoptSavedVersion(long savedVersion)
    {
        ModelState.Remove("Input.Version");
        return savedVersion;
    }

    /// <summary>The model-state key (e.g. <c>Input.Currency</c>) a domain error code belongs to, or null for the summary.</summary>
    protected virtual string? FieldFor(string code) => null;

    /// <summary>
    /// The model-state key of <paramref name="error"/>: the form input named like the detail an edit refused (a
    /// details property and its input share one name), else <see cref="FieldFor(string)"/> of its code.
    /// </summary>
    protected string? FieldFor(DomainException error) =>
        error is InvalidDetailException invalid && HasInput(invalid.Detail) ? $"Input.{invalid.Detail}" : FieldFor(error.Code);

    /// <summary>Shows <paramref name="error"/> next to its field (or in the summary) and prepares the page again.</summary>
    public async Task ShowDomainErrorAsync(DomainException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is ConcurrencyConflictException conflict)
        {
            await OnConflictAsync(conflict);
        }

        ModelState.AddModelError(FieldFor(error) ?? string.Empty, error.Message);
        await LoadLookupsAsync();
    }

    /// <summary>Parses an optional partial date (<c>2025</c>, <c>2025-11</c>, <c>2025-11-30</c>) into the field's error list.</summary>
    public PartialDate? ParseDate(string? text, string field)
    {
        try
        {
            return PartialDate.ParseOptional(text);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(field, ex.Message);
            return null;
        }
    }

    // A message keyed to a field the form does not show would never be displayed; those go to the summary instead.
    private bool HasInput(string detail) => GetType().GetProperty("Input")?.PropertyType.GetProperty(detail) is not null;
}
