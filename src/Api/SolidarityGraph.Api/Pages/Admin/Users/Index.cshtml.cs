using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace SolidarityGraph.Api.Pages.Admin.Users;

/// <summary>Admin users with their roles and lockout state (Admin role only, see AdminExtensions).</summary>
public sealed class IndexModel(UserManager<IdentityUser> users) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rows = new List<Row>();
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync())
        {
            rows.Add(new Row(user.Id, user.Email ?? user.UserName ?? user.Id, await users.GetRolesAsync(user), user.LockoutEnd > DateTimeOffset.UtcNow));
        }

        Rows = rows;
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (await users.FindByIdAsync(id) is { } user)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            TempData["Message"] = $"{user.Email} unlocked.";
        }

        return RedirectToPage();
    }

    public sealed record Row(string Id, string Email, IList<string> Roles, bool LockedOut);
}
