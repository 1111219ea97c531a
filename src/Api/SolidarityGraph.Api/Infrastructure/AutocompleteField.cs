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
}
