using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;

namespace SolidarityGraph.Api.Pages.Admin.Users;

/// <summary>
/// Admin users with their roles and lockout state (Admin role only, see AdminExtensions): change a role, lock, unlock,
/// remove. The rules, the last Admin's included, are in <see cref="AdminAccounts"/>.
/// </summary>
internal sealed class IndexModel(UserManager<IdentityUser> users, AdminAccounts accounts) : PageModel
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

    public Task<IActionResult> OnPostRoleAsync(string id, string role) => ChangeAsync(id, accounts.SetRoleAsync(id, role), $"now has the role {role}");

    public Task<IActionResult> OnPostLockAsync(string id) => ChangeAsync(id, accounts.LockAsync(id), "locked");

    public Task<IActionResult> OnPostUnlockAsync(string id) => ChangeAsync(id, accounts.UnlockAsync(id), "unlocked");

    public async Task<IActionResult> OnPostRemoveAsync(string id)
    {
        var email = (await users.FindByIdAsync(id))?.Email;
        return await ChangeAsync(id, accounts.RemoveAsync(id), "removed", email);
    }

    // A refused change is shown as an alert above the list; nothing was changed then.
    private async Task<IActionResult> ChangeAsync(string id, Task<string?> change, string done, string? email = null)
    {
        email ??= (await users.FindByIdAsync(id))?.Email;
        if (await change is { } problem)
        {
            TempData["Problem"] = problem;
        }
        else
        {
            TempData["Message"] = $"{email} {done}.";
        }

        return RedirectToPage();
    }

    public sealed record Row(string Id, string Email, IList<string> Roles, bool LockedOut);
}
