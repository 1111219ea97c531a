using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace SolidarityGraph.Api.Infrastructure;

/// <summary>One reference field for the <c>_Autocomplete</c> partial: the input's name, id, label and text, and the names it suggests.</summary>
public sealed record AutocompleteField(string Name, string Id, string Label, string? Value, ReferenceOptions Options)
{
    /// <summary>The field <paramref name="property"/> of the form <paramref name="html"/> renders (its prefix included, e.g. <c>Input.Parent</c>).</summary>
    public static AutocompleteField For<TModel>(IHtmlHelper<TModel> html, Expression<Func<TModel, string?>> property, ReferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(property);
        return new AutocompleteField(html.NameFor(property), html.IdFor(property), html.DisplayNameFor(property), property.Compile()(html.ViewData.Model), options);
    }

    /// <summary>
    /// One field per entry of the list <paramref name="property"/> and <paramref name="spare"/> empty ones, named
    /// <c>Input.DeliveredBy[0]</c> …, labelled "<paramref name="label"/> 1" …, for the <c>_AutocompleteList</c> partial.
    /// </summary>
    public static IReadOnlyList<AutocompleteField> List<TModel>(IHtmlHelper<TModel> html, Expression<Func<TModel, IList<string?>>> property,
        string label, ReferenceOptions options, int spare = 2)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(property);
        var (name, id) = (html.NameFor(property), html.IdFor(property));
        // Only trailing blanks are dropped, so an entry keeps the index its error message is keyed to.
        var values = property.Compile()(html.ViewData.Model).ToList();
        while (values.Count > 0 && string.IsNullOrWhiteSpace(values[^1]))
        {
            values.RemoveAt(values.Count - 1);
        }

        return values.Concat(Enumerable.Repeat<string?>(null, spare))
            .Select((value, i) => new AutocompleteField($"{name}[{i}]", $"{id}_{i}", $"{label} {i + 1}", value, options))
            .ToList();
    }
}
