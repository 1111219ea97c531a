using Microsoft.AspNetCore.Identity;

namespace SolidarityGraph.Api.Auth;

/// <summary>Creates admin users with a role; shared by the <c>create-admin</c> verb and the users pages.</summary>
public sealed class AdminAccounts(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles)
{
    /// <summary>Creates the roles that do not exist yet.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in AdminRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    /// <summary>
    /// Creates a user whose user name is the e-mail address, with the given password and role. Returns the Identity
    /// result, whose errors (weak password, duplicate e-mail) are meant for people.
    /// </summary>
    public async Task<IdentityResult> CreateAsync(string email, string password, string role)
    {
        if (!AdminRoles.All.Contains(role))
        {
            return IdentityResult.Failed(new IdentityError { Code = "UnknownRole", Description = $"Unknown role '{role}'." });
        }

        await EnsureRolesAsync();
        var user = new IdentityUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        return await users.AddToRoleAsync(user, role);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
