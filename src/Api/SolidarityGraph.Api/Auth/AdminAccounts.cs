using Microsoft.AspNetCore.Identity;

namespace SolidarityGraph.Api.Auth;

/// <summary>
/// Creates and manages admin users; shared by the <c>create-admin</c> verb and the users pages. No change leaves the
/// admin without an Admin: the last one cannot be removed, locked or given another role. Each change returns a
/// message for people when it is refused, null when it was made.
/// </summary>
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

    /// <summary>Gives the user <paramref name="role"/> instead of the roles they had.</summary>
    public async Task<string?> SetRoleAsync(string id, string role)
    {
        if (!AdminRoles.All.Contains(role))
        {
            return $"Unknown role '{role}'.";
        }

        if (await FindAsync(id) is not { } user)
        {
            return "This user no longer exists.";
        }

        if (role != AdminRoles.Admin && await LastAdminProblemAsync(user, "given another role") is { } problem)
        {
            return problem;
        }

        await EnsureRolesAsync();
        Check(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)));
        Check(await users.AddToRoleAsync(user, role));
        Check(await users.UpdateSecurityStampAsync(user));
        return null;
    }

    /// <summary>Locks the user out until unlocked (signing in is refused; a session ends at its next security check).</summary>
    public async Task<string?> LockAsync(string id)
    {
        if (await FindAsync(id) is not { } user)
        {
            return "This user no longer exists.";
        }

        if (await LastAdminProblemAsync(user, "locked") is { } problem)
        {
            return problem;
        }

        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        Check(await users.UpdateSecurityStampAsync(user));
        return null;
    }

    /// <summary>Ends a lockout, whether set by an Admin or by wrong passwords.</summary>
    public async Task<string?> UnlockAsync(string id)
    {
        if (await FindAsync(id) is not { } user)
        {
            return "This user no longer exists.";
        }

        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        return null;
    }

    /// <summary>Removes the user.</summary>
    public async Task<string?> RemoveAsync(string id)
    {
        if (await FindAsync(id) is not { } user)
        {
            return "This user no longer exists.";
        }

        if (await LastAdminProblemAsync(user, "removed") is { } problem)
        {
            return problem;
        }

        Check(await users.DeleteAsync(user));
        return null;
    }

    private Task<IdentityUser?> FindAsync(string id) => users.FindByIdAsync(id);

    // Counted among the Admins who can still sign in: a locked Admin cannot manage users either.
    private async Task<string?> LastAdminProblemAsync(IdentityUser user, string change)
    {
        if (!await users.IsInRoleAsync(user, AdminRoles.Admin))
        {
            return null;
        }

        var admins = (await users.GetUsersInRoleAsync(AdminRoles.Admin)).Count(u => u.LockoutEnd is null || u.LockoutEnd <= DateTimeOffset.UtcNow);
        return admins > 1 ? null : $"{user.Email} is the last Admin and cannot be {change}; make another user Admin first.";
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
