using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Api.Infrastructure.Forms;

/// <summary>
/// The input model of a record's create and edit pages: it shows a record by name (never by key), turns the posted
/// names back into keys and hands the record's details to its domain <c>Edit</c> method, the one edit path the
/// GraphQL mutations use too.
/// </summary>
public abstract class RecordForm<T>
    where T : EntityBase
{
    /// <summary>The version the form was read at (edit pages only).</summary>
    public long Version { get; set; }

    /// <summary>Fills the form from <paramref name="record"/>.</summary>
    public abstract void CopyFrom(T record, FormLookups lookups);

    /// <summary>Each field as the steward reads it, for the two versions shown after a stale edit.</summary>
    public abstract IEnumerable<(string Field, string? Value)> Summary();

    /// <summary>
    /// A new record with the posted fields; null, with the reasons in the page's model state, when a name or a date
    /// cannot be read.
    /// </summary>
    public abstract T? Create(FormLookups lookups, AdminPageModel page);

    /// <summary>Edits <paramref name="record"/> through its domain method; false, with the reasons in model state, as for <see cref="Create"/>.</summary>
    public abstract bool Apply(T record, FormLookups lookups, AdminPageModel page);

    /// <summary>The key <paramref name="text"/> names among <paramref name="options"/>; an unknown name goes to <c>Input.</c><paramref name="field"/>.</summary>
    protected static string? Resolve(ReferenceOptions options, string? text, string what, string field, AdminPageModel page)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(page);
        var id = options.Resolve(text, what, out var error);
        if (error is not null)
        {
            page.ModelState.AddModelError($"Input.{field}", error);
        }

        return id;
    }

    /// <summary>A list as one line of the conflict table.</summary>
    protected static string Joined(IEnumerable<string?> values) => string.Join("; ", values.Where(v => !string.IsNullOrWhiteSpace(v)));
}
