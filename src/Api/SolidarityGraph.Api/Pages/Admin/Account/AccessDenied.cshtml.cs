using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SolidarityGraph.Api.Pages.Admin.Account;

/// <summary>Shown when a signed-in user lacks the role a page needs.</summary>
internal sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
