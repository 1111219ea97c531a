using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using SolidarityGraph.Api.Auth.PartnerAccess;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SolidarityGraph.Api.Pages.Connect;

/// <summary>
/// The authorization endpoint's consent page (code flow with PKCE, RFC 6749 §4.1 and RFC 7636). OpenIddict has already
/// checked the client, redirect URI and code challenge; this page signs the person in with their admin account (the
/// login page), shows what the application asks for and what their role allows, and issues the code on "Allow".
/// </summary>
internal sealed class AuthorizeModel(IOpenIddictApplicationManager applications, UserManager<IdentityUser> users, PartnerAccessOptions options) : PageModel
{
    /// <summary>The application's display name.</summary>
    public string Application { get; private set; } = "";

    /// <summary>The scopes the person's role allows among those requested, shown before they decide.</summary>
    public IReadOnlyList<string> Granted { get; private set; } = [];

    /// <summary>Requested scopes the person's role does not allow (never granted).</summary>
    public IReadOnlyList<string> Withheld { get; private set; } = [];

    /// <summary>The authorization request's parameters, posted back with the decision.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await DecideAsync(decision: null);

    public async Task<IActionResult> OnPostAsync(string? decision) => await DecideAsync(decision ?? "deny");

    private async Task<IActionResult> DecideAsync(string? decision)
    {
        var request = HttpContext.GetOpenIddictServerRequest();
        if (request is null)
        {
            return BadRequest("Open this page through an OAuth authorization request.");
        }

        var person = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = person.Succeeded ? await users.GetUserAsync(person.Principal!) : null;
        if (user is null)
        {
            // The login page brings the person back here with every parameter of the request.
            return Challenge(new AuthenticationProperties { RedirectUri = Request.PathBase + Request.Path + QueryString.Create(
                request.GetParameters().Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()))) }, IdentityConstants.ApplicationScheme);
        }

        var identity = await PersonIdentity.CreateAsync(user, await users.GetRolesAsync(user), request.GetScopes(), users);
        if (decision is null)
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, HttpContext.RequestAborted);
            Application = (application is null ? null : await applications.GetDisplayNameAsync(application, HttpContext.RequestAborted)) ?? request.ClientId!;
            Granted = identity.GetScopes().ToList();
            Withheld = request.GetScopes().Except(Granted).ToList();
            Parameters = request.GetParameters()
                .Where(p => p.Key != "decision")
                .Select(p => KeyValuePair.Create(p.Key, p.Value.ToString() ?? ""))
                .ToList();
            return Page();
        }

        if (decision != "allow")
        {
            return Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The person declined the request.",
            }), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        identity.SetResources(options.Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return SignIn(new ClaimsPrincipal(identity), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
