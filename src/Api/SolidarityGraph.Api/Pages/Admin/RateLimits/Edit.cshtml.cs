using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using SolidarityGraph.Api.Auth.PartnerAccess;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Api.RateLimits;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Api.Pages.Admin.RateLimits;

/// <summary>
/// An Admin sets one application's own limits (Admin role only, see AdminExtensions) through
/// <see cref="Auth.PartnerAccess.PartnerApplications"/>; a field left empty keeps the configured default. Text that is
/// not a whole number, or out of range, is shown beside its field with the input kept; a stale edit shows both versions
/// and saves nothing.
/// </summary>
internal sealed class EditModel(Auth.PartnerAccess.PartnerApplications applications, RateLimitOptions options) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string ClientId { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>What applies to a field left empty: the client's configuration over the defaults.</summary>
    public ClientLimits Defaults { get; private set; } = null!;

    /// <summary>How long other instances may keep applying the previous limits, for people (e.g. "30 seconds").</summary>
    public string CacheDuration => $"{options.AdminLimitsCacheDuration.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} seconds";

    /// <summary>The request window, for people.</summary>
    public string RequestWindow => IndexModel.Describe(options.RequestWindow);

    /// <summary>After a stale edit: each field in the Admin's version and in the saved one, and the saved version.</summary>
    public (long Version, IReadOnlyList<(string Field, string? Mine, string? Saved)> Rows)? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await applications.LimitsAsync(ClientId, HttpContext.RequestAborted) is not { } saved)
        {
            return NotFound();
        }

        Input = InputModel.From(saved);
        await LoadLookupsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var limits = Input.Parse(ModelState);
        if (limits is null)
        {
            // A form for an unknown client is still a 404, whatever it holds.
            if (await applications.LimitsAsync(ClientId, HttpContext.RequestAborted) is null)
            {
                return NotFound();
            }

            await LoadLookupsAsync();
            return Page();
        }

        var (found, problems) = await applications.SetLimitsAsync(ClientId, limits, Input.Version, HttpContext.RequestAborted);
        if (!found)
        {
            return NotFound();
        }

        foreach (var problem in problems)
        {
            ModelState.AddModelError("Input." + problem.Field, problem.Message);
        }

        if (problems.Count > 0)
        {
            await LoadLookupsAsync();
            return Page();
        }

        TempData["Message"] = $"Limits of {ClientId} saved; this instance applies them now, every other within {CacheDuration}.";
        return RedirectToPage("Index");
    }

    public override Task LoadLookupsAsync()
    {
        Defaults = options.For(new Caller("", ClientId), null);
        return Task.CompletedTask;
    }

    public override async Task OnConflictAsync(ConcurrencyConflictException conflict)
    {
        if (await applications.LimitsAsync(ClientId, HttpContext.RequestAborted) is { } saved)
        {
            var theirs = InputModel.From(saved);
            Conflict = (saved.Version, Input.Summary().Zip(theirs.Summary(), (mine, other) => (mine.Field, mine.Value, other.Value)).ToList());
            Input.Version = AdoptSavedVersion(saved.Version);
        }
    }

    /// <summary>The form: numbers as typed (so any text can be shown again with its problem), empty for the default.</summary>
    public sealed class InputModel
    {
        /// <summary>The values of <see cref="TrustedDocumentsOnly"/>: empty (the default), yes, no.</summary>
        public const string Yes = "yes", No = "no";

        [Display(Name = "Points per hour")]
        public string? PointsPerHour { get; set; }

        [Display(Name = "Requests per window")]
        public string? RequestsPerWindow { get; set; }

        [Display(Name = "Maximum cost")]
        public string? MaxCost { get; set; }

        [Display(Name = "Trusted documents only")]
        public string? TrustedDocumentsOnly { get; set; }

        public long Version { get; set; }

        public static InputModel From(SavedLimits saved) => new()
        {
            PointsPerHour = Format(saved.Limits.PointsPerHour),
            RequestsPerWindow = Format(saved.Limits.RequestsPerWindow),
            MaxCost = Format(saved.Limits.MaxCost),
            TrustedDocumentsOnly = saved.Limits.TrustedDocumentsOnly switch { true => Yes, false => No, null => "" },
            Version = saved.Version,
        };

        /// <summary>The limits typed, or null with each unreadable field's message in <paramref name="errors"/>.</summary>
        public PartnerApplicationLimits? Parse(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary errors)
        {
            long? Number(string? text, string field)
            {
                if (PartnerApplicationLimits.TryParse(text, out var value))
                {
                    return value;
                }

                errors.AddModelError("Input." + field, $"'{text!.Trim()}' is not a whole number: enter one such as 5000, or leave the field empty for the default.");
                return null;
            }

            var limits = new PartnerApplicationLimits(
                Number(PointsPerHour, nameof(PointsPerHour)),
                Number(RequestsPerWindow, nameof(RequestsPerWindow)),
                Number(MaxCost, nameof(MaxCost)),
                TrustedDocumentsOnly switch { Yes => true, No => false, _ => null });
            if (TrustedDocumentsOnly is { Length: > 0 } and not Yes and not No)
            {
                errors.AddModelError("Input." + nameof(TrustedDocumentsOnly), "Choose yes, no, or the default.");
            }

            return errors.IsValid ? limits : null;
        }

        /// <summary>Each field for the conflict table.</summary>
        public IEnumerable<(string Field, string? Value)> Summary() =>
        [
            ("Points per hour", PointsPerHour), ("Requests per window", RequestsPerWindow), ("Maximum cost", MaxCost),
            ("Trusted documents only", TrustedDocumentsOnly is { Length: > 0 } value ? value : "default"),
        ];

        private static string Format(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
    }
}
