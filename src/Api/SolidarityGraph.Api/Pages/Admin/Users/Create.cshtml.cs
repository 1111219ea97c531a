using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SolidarityGraph.Api.Auth;

namespace SolidarityGraph.Api.Pages.Admin.Users;

/// <summary>Creates a user with one role; Identity's password rules apply.</summary>
internal sealed class CreateModel(AdminAccounts accounts) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await accounts.CreateAsync(Input.Email, Input.Password, Input.Role);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password"
                    : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? "Input.Email"
                    : string.Empty;
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        TempData["Message"] = $"{Input.Email} created with role {Input.Role}.";
        return RedirectToPage("Index");
    }

    public sealed class InputModel
    {
        [Required, EmailAddress, Display(Name = "E-mail")]
        public string Email { get; set; } = string.Empty;

        [Required, DataType(DataType.Password), StringLength(200, MinimumLength = 12)]
        public string Password { get; set; } = string.Empty;

        [Required]
        public string Role { get; set; } = AdminRoles.Steward;
    }
}
