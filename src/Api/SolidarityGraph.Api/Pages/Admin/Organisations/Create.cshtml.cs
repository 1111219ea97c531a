using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.Organisations;

/// <summary>Creates an organisation through <see cref="Organisation.Edit"/>, like the edit page and the organisation mutations.</summary>
internal sealed class CreateModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The organisations and places the reference fields suggest, by name.</summary>
    public InputModel.Lookups References { get; private set; } = null!;

    public async Task OnGetAsync() => await LoadLookupsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var organisation = new Organisation(Input.Name, Input.Kind);
        if (await Input.DetailsForAsync(organisation, this, db) is not { } details)
        {
            await LoadLookupsAsync();
            return Page();
        }

        organisation.Edit(details);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        TempData["Message"] = "Organisation created.";
        return RedirectToPage("Details", new { id = organisation.Id });
    }

    public override async Task LoadLookupsAsync() => References = await InputModel.LookupsAsync(db);

    protected override string? FieldFor(string code) => InputModel.FieldFor(code);

    /// <summary>The editable fields of an organisation, shared with the edit page.</summary>
    public class InputModel
    {
        [Required, StringLength(300)]
        public string Name { get; set; } = string.Empty;

        public OrganisationKind Kind { get; set; } = OrganisationKind.Ngo;

        [StringLength(40)]
        public string? Acronym { get; set; }

        [Display(Name = "SSE entity type")]
        public SseEntityType SseEntityType { get; set; }

        [Display(Name = "IATI organisation type"), Range(10, 90)]
        public int? IatiOrgType { get; set; }

        [Display(Name = "IATI organisation identifier"), StringLength(200)]
        public string? IatiOrgRef { get; set; }

        [Display(Name = "Legal form (as named locally)"), StringLength(200)]
        public string? LegalFormLocal { get; set; }

        [Display(Name = "ESSGLOBAL legal structure"), StringLength(200)]
        public string? EssglobalStructure { get; set; }

        [Display(Name = "GSEF actor type"), StringLength(200)]
        public string? GsefActorType { get; set; }

        [Display(Name = "Country (ISO 3166-1 alpha-2)"), RegularExpression("^[A-Z]{2}$", ErrorMessage = "Use two upper-case letters, e.g. PE.")]
        public string? CountryCode { get; set; }

        [Url, StringLength(500)]
        public string? Website { get; set; }

        [DataType(DataType.MultilineText), StringLength(10000)]
        public string? Description { get; set; }

        [Display(Name = "Other names (one per line)"), DataType(DataType.MultilineText)]
        public string? AltNames { get; set; }

        [Display(Name = "Part of (parent organisation)")]
        public string? Parent { get; set; }

        [Display(Name = "Headquarters (place)")]
        public string? Headquarters { get; set; }

        [Display(Name = "Founded"), RegularExpression(@"^\d{4}(-\d{2}(-\d{2})?)?~?$", ErrorMessage = "Use YYYY, YYYY-MM or YYYY-MM-DD (add ~ when approximate).")]
        public string? FoundedOn { get; set; }

        [Display(Name = "Themes (concept codes, one per line)"), DataType(DataType.MultilineText)]
        public string? Themes { get; set; }

        /// <summary>What the parent and headquarters fields suggest.</summary>
        public sealed record Lookups(ReferenceOptions Organisations, ReferenceOptions Places);

        public static async Task<Lookups> LookupsAsync(SolidarityGraphDbContext db)
        {
            var names = await RecordNames.LoadAsync(db);
            return new Lookups(ReferenceOptions.For(names, typeof(Organisation)), ReferenceOptions.For(names, typeof(Domain.Places.Place)));
        }

        public async Task CopyFromAsync(Organisation organisation, SolidarityGraphDbContext db)
        {
            ArgumentNullException.ThrowIfNull(organisation);
            (Name, Kind, Acronym, SseEntityType, IatiOrgType) = (organisation.Name, organisation.Kind, organisation.Acronym, organisation.SseEntityType, organisation.IatiOrgType);
            (CountryCode, Website, Description) = (organisation.CountryCode, organisation.Website, organisation.Description);
            (IatiOrgRef, LegalFormLocal, EssglobalStructure, GsefActorType) = (organisation.IatiOrgRef, organisation.LegalFormLocal, organisation.EssglobalStructure, organisation.GsefActorType);
            (AltNames, Themes, FoundedOn) = (TextLines.Join(organisation.AltNames), TextLines.Join(organisation.Themes), organisation.FoundedOn?.ToString());
            var lookups = await LookupsAsync(db);
            (Parent, Headquarters) = (lookups.Organisations.LabelOf(organisation.ParentId), lookups.Places.LabelOf(organisation.HeadquartersPlaceId));
        }

        /// <summary>
        /// The organisation's details with this input applied, for <see cref="Organisation.Edit"/>; details the form
        /// does not show are kept. Null, with the reasons in the page's model state, when a name or date cannot be read.
        /// </summary>
        public async Task<OrganisationDetails?> DetailsForAsync(Organisation organisation, AdminPageModel page, SolidarityGraphDbContext db)
        {
            ArgumentNullException.ThrowIfNull(page);
            var lookups = await LookupsAsync(db);
            var parentId = lookups.Organisations.Resolve(Parent, "organisation", out var parentError);
            var placeId = lookups.Places.Resolve(Headquarters, "place", out var placeError);
            foreach (var (key, error) in new[] { ("Input.Parent", parentError), ("Input.Headquarters", placeError) }.Where(e => e.Item2 is not null))
            {
                page.ModelState.AddModelError(key, error!);
            }

            var foundedOn = page.ParseDate(FoundedOn, "Input.FoundedOn");
            return !page.ModelState.IsValid ? null : OrganisationDetails.Of(organisation) with
            {
                Name = Name,
                Kind = Kind,
                Acronym = Acronym,
                SseEntityType = SseEntityType,
                IatiOrgType = IatiOrgType,
                IatiOrgRef = IatiOrgRef,
                LegalFormLocal = LegalFormLocal,
                EssglobalStructure = EssglobalStructure,
                GsefActorType = GsefActorType,
                CountryCode = CountryCode,
                Website = Website,
                Description = Description,
                AltNames = TextLines.Split(AltNames),
                Themes = TextLines.Split(Themes),
                FoundedOn = foundedOn,
                ParentId = parentId,
                HeadquartersPlaceId = placeId,
            };
        }

        /// <summary>Where the constructor's rules go (the edit's rules name their detail, see <see cref="InvalidDetailException"/>).</summary>
        public static string? FieldFor(string code) => code switch
        {
            DomainErrorCodes.Required => "Input.Name",
            DomainErrorCodes.SelfReference => "Input.Parent",
            _ => null,
        };
    }
}
