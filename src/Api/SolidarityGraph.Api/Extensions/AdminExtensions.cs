using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Auth;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Extensions;

/// <summary>The stewards' admin: Razor Pages under <c>/admin</c>, Identity sign-in, roles and page filters.</summary>
internal static class AdminExtensions
{
    /// <summary>Route of the admin dashboard.</summary>
    public const string Path = "/admin";

    /// <summary>Route of the sign-in page.</summary>
    public const string LoginPath = "/admin/account/login";

    /// <summary>Registers Identity (cookie sign-in, lockout), the admin policies and the Razor Pages with their filters.</summary>
    public static IHostApplicationBuilder AddAdmin(this IHostApplicationBuilder builder)
    {
        var lockout = builder.Configuration.GetSection("Admin:Lockout");
        builder.AddAdminIdentityStore()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        builder.Services.Configure<IdentityOptions>(options =>
        {
            options.Lockout.AllowedForNewUsers = true;
            options.Lockout.MaxFailedAccessAttempts = lockout.GetValue("MaxFailedAttempts", 5);
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(lockout.GetValue("Minutes", 15));
        });
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.LogoutPath = "/admin/account/logout";
            cookie.AccessDeniedPath = "/admin/account/accessdenied";
            cookie.Cookie.Name = "SolidarityGraph.Admin";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the admin is served over HTTPS (as it must be in production); plain-HTTP localhost keeps working.
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        // One key ring for every instance: in the database, under a fixed application name (the default is the content
        // root path, which differs between installations and would make instances refuse each other's cookies).
        builder.Services.AddDataProtection()
            .SetApplicationName("SolidarityGraph")
            .PersistKeysToDbContext<AdminIdentityDbContext>();
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "SolidarityGraph.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminRoles.StewardPolicy, policy => policy.RequireRole(AdminRoles.Steward, AdminRoles.Admin))
            .AddPolicy(AdminRoles.AdminPolicy, policy => policy.RequireRole(AdminRoles.Admin));
        builder.Services.AddScoped<AdminAccounts>();
        builder.Services.AddRazorPages(options =>
            {
                options.Conventions.Add(new LowercasePageRoutes());
                options.Conventions.AuthorizeFolder("/Admin", AdminRoles.StewardPolicy);
                options.Conventions.AuthorizeFolder("/Admin/Users", AdminRoles.AdminPolicy);
                options.Conventions.AuthorizeFolder("/Admin/PartnerApplications", AdminRoles.AdminPolicy);
                options.Conventions.AuthorizeFolder("/Admin/TrustedDocuments", AdminRoles.AdminPolicy);
                options.Conventions.AuthorizePage("/Admin/RateLimits/Edit", AdminRoles.AdminPolicy);
                options.Conventions.AllowAnonymousToPage("/Admin/Account/Login");
                options.Conventions.AllowAnonymousToPage("/Admin/Account/AccessDenied");
            })
            .AddMvcOptions(options =>
            {
                // Outer to inner: the transaction spans the domain-error handling, so a conflict's audit row commits.
                options.Filters.Add<TransactionPageFilter>();
                options.Filters.Add<DomainErrorPageFilter>();
                options.Filters.Add<ValidationFailurePageFilter>();
            });
        return builder;
    }

    /// <summary>
    /// Identity's user and role stores over <see cref="AdminIdentityDbContext"/> (same connection string as the domain).
    /// Also used alone by the <c>create-admin</c> verb, which needs no cookies.
    /// </summary>
    public static IdentityBuilder AddAdminIdentityStore(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetDatabaseSettings();
        builder.Services.AddDbContext<AdminIdentityDbContext>(options => AdminIdentityDbContext.Configure(options, settings));
        return builder.Services.AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AdminIdentityDbContext>();
    }

    /// <summary>
    /// Maps static files, authentication and the admin pages (the Identity tables are migrated with the domain's, under
    /// the same start-up lock: <see cref="PersistenceExtensions.InitialiseDatabaseAsync"/>).
    /// </summary>
    public static WebApplication MapAdmin(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        return app;
    }
}
