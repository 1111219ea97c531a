using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SolidarityGraph.Api.Auth.PartnerAccess;

namespace SolidarityGraph.Api.Pages.Admin.PartnerApplications;

/// <summary>
/// Registers a partner application through <see cref="Auth.PartnerAccess.PartnerApplications"/>, whose rules appear
/// beside their fields. The generated secret is rendered in the response to the post, once; nothing stores it in plain text.
/// </summary>
internal sealed class CreateModel(Auth.PartnerAccess.PartnerApplications applications) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The client id just registered, or null while the form is shown.</summary>
    public string? Created { get; private set; }

    /// <summary>The secret of the application just registered (confidential clients only).</summary>
    public ShownSecret? Secret { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = new PartnerApplicationDraft(
            string.IsNullOrWhiteSpace(Input.ClientId) ? ClientIdFrom(Input.Name) : Input.ClientId.Trim(),
            Input.Name, Input.Contact, string.Join(' ', Input.Scopes),
            (Input.RedirectUris ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        // Every broken rule at once: the form's own and the registration's.
        Show(draft.Problems());
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (secret, problems) = await applications.RegisterAsync(draft, HttpContext.RequestAborted);
        if (secret is null)
        {
            Show(problems);
            return Page();
        }

        Created = draft.ClientId;
        Secret = secret.Length > 0 ? new ShownSecret(draft.ClientId, secret) : null;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    /// <summary>A client id from a name: lower-case letters and digits, other runs become one hyphen.</summary>
    public static string ClientIdFrom(string? name)
    {
        var id = new StringBuilder();
        foreach (var c in (name ?? "").Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(c);
            }
            else if (id.Length > 0 && id[^1] != '-' && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                id.Append('-');
            }
        }

        return id.ToString().Trim('-');
    }

    private void Show(IEnumerable<PartnerApplicationProblem> problems)
    {
        foreach (var problem in problems)
        {
            // The name is only required here; an empty derived client id is the name's problem.
            var field = problem.Field switch
            {
                nameof(PartnerApplicationDraft.Secret) => string.Empty,
                nameof(PartnerApplicationDraft.ClientId) when string.IsNullOrWhiteSpace(Input.ClientId) && string.IsNullOrWhiteSpace(Input.Name) => null,
                nameof(PartnerApplicationDraft.ClientId) when string.IsNullOrWhiteSpace(Input.ClientId) => "Input.Name",
                _ => "Input." + problem.Field,
            };
            if (field is not null)
            {
                ModelState.AddModelError(field, problem.Message);
            }
        }
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Name the application.")]
        [StringLength(PartnerApplicationDraft.MaximumTextLength)]
        public string? Name { get; set; }

        [Display(Name = "Client id")]
        [StringLength(100)]
        public string? ClientId { get; set; }

        [Required(ErrorMessage = "Say whom to reach about this application.")]
        [StringLength(PartnerApplicationDraft.MaximumTextLength)]
        public string? Contact { get; set; }

        public List<string> Scopes { get; set; } = [];

        [Display(Name = "Redirect URIs")]
        public string? RedirectUris { get; set; }
    }
}
