using System.Net;
using AngleSharp.Html.Dom;
using SolidarityGraph.Api.Auth;

namespace SolidarityGraph.Api.Tests.Pages.Admin.Users;

/// <summary>An Admin changes roles, locks, unlocks and removes users; the last Admin stays.</summary>
public sealed class ManageTests : IAsyncLifetime
{
    private readonly AdminHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AnAdminChangesARoleLocksUnlocksAndRemovesAUser()
    {
        var admin = await _host.SignedInClientAsync(AdminRoles.Admin);
        var email = await _host.CreateUserAsync(AdminRoles.Steward);

        await ActAsync(admin, email, "form.role", new() { ["role"] = AdminRoles.Admin });
        var list = await AdminHost.GetDocumentAsync(admin, "/admin/users");
        Assert.Equal(AdminRoles.Admin, ((IHtmlSelectElement)Row(list, email)!.QuerySelector("select")!).Value);
        Assert.Equal($"{email} now has the role Admin.", list.QuerySelector("[role=status]")?.TextContent);

        await ActAsync(admin, email, "form[action*='handler=Lock']", []);
        Assert.Equal(HttpStatusCode.OK, (await AdminHost.SignInAsync(_host.NewClient(), email, AdminHost.Password)).StatusCode);
        Assert.Contains("Locked out", Row(await AdminHost.GetDocumentAsync(admin, "/admin/users"), email)!.TextContent, StringComparison.Ordinal);

        await ActAsync(admin, email, "form[action*='handler=Unlock']", []);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminHost.SignInAsync(_host.NewClient(), email, AdminHost.Password)).StatusCode);

        await ActAsync(admin, email, "form[action*='handler=Remove']", []);
        Assert.Null(Row(await AdminHost.GetDocumentAsync(admin, "/admin/users"), email));
        Assert.Equal(HttpStatusCode.OK, (await AdminHost.SignInAsync(_host.NewClient(), email, AdminHost.Password)).StatusCode);
    }

    [Fact]
    public async Task TheLastAdminCannotBeRemovedGivenAnotherRoleOrLocked()
    {
        var email = await _host.CreateUserAsync(AdminRoles.Admin);
        var admin = _host.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await AdminHost.SignInAsync(admin, email, AdminHost.Password)).StatusCode);

        foreach (var (form, fields, change) in new (string, Dictionary<string, string>, string)[]
        {
            ("form[action*='handler=Remove']", [], "removed"),
            ("form.role", new() { ["role"] = AdminRoles.Steward }, "given another role"),
            ("form[action*='handler=Lock']", [], "locked"),
        })
        {
            await ActAsync(admin, email, form, fields);
            var list = await AdminHost.GetDocumentAsync(admin, "/admin/users");
            Assert.Equal($"{email} is the last Admin and cannot be {change}; make another user Admin first.", list.QuerySelector("#users-problem")?.TextContent);
            Assert.Equal(AdminRoles.Admin, ((IHtmlSelectElement)Row(list, email)!.QuerySelector("select")!).Value);
            Assert.Contains("Active", Row(list, email)!.TextContent, StringComparison.Ordinal);
        }

        // With a second Admin, the first may go.
        var second = await _host.CreateUserAsync(AdminRoles.Admin);
        await ActAsync(admin, email, "form[action*='handler=Remove']", []);
        var after = _host.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await AdminHost.SignInAsync(after, second, AdminHost.Password)).StatusCode);
        Assert.Null(Row(await AdminHost.GetDocumentAsync(after, "/admin/users"), email));
    }

    private static async Task ActAsync(HttpClient admin, string email, string form, Dictionary<string, string> fields)
    {
        var response = await AdminHost.PostFormAsync(admin, "/admin/users", fields, $"tr[data-user='{email}'] {form}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static AngleSharp.Dom.IElement? Row(IHtmlDocument page, string email) => page.QuerySelector($"tr[data-user='{email}']");
}
