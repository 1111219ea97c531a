using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace SolidarityGraph.Api.Infrastructure;

/// <summary>
/// Lower-cases the literal part of every page route (<c>/Admin/Projects/Details</c> → <c>/admin/projects/details</c>).
/// RouteOptions.LowercaseUrls would lower-case the route values too, and ids are case-sensitive ULIDs.
/// </summary>
internal sealed class LowercasePageRoutes : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        foreach (var selector in model.Selectors)
        {
            if (selector.AttributeRouteModel?.Template is { } template)
            {
                selector.AttributeRouteModel.Template = template.ToLowerInvariant();
            }
        }
    }
}
