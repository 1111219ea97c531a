using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.Organisations;

/// <summary>Creates an organisation through <see cref="Organisation.Edit"/>, like the edit page and the organisation mutations.</summary>
public sealed class CreateModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var organisation = new Organisation(Input.Name, Input.Kind);
        organisation.Edit(Input.DetailsFor(organisation));
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        TempData["Message"] = "Organisation created.";
        return RedirectToPage("Details", new { id = organisation.Id });
    }

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

        [Display(Name = "Country (ISO 3166-1 alpha-2)"), RegularExpression("^[A-Z]{2}$", ErrorMessage = "Use two upper-case letters, e.g. PE.")]
        public string? CountryCode { get; set; }

        [Url, StringLength(500)]
        public string? Website { get; set; }

        [DataType(DataType.MultilineText), StringLength(10000)]
        public string? Description { get; set; }

        public void CopyFrom(Organisation organisation)
        {
            ArgumentNullException.ThrowIfNull(organisation);
            (Name, Kind, Acronym, SseEntityType, IatiOrgType) = (organisation.Name, organisation.Kind, organisation.Acronym, organisation.SseEntityType, organisation.IatiOrgType);
            (CountryCode, Website, Description) = (organisation.CountryCode, organisation.Website, organisation.Description);
        }

        /// <summary>The organisation's details with this input applied, for <see cref="Organisation.Edit"/>; details the form does not show are kept.</summary>
        public OrganisationDetails DetailsFor(Organisation organisation) => OrganisationDetails.Of(organisation) with
        {
            Name = Name,
            Kind = Kind,
            Acronym = Acronym,
            SseEntityType = SseEntityType,
            IatiOrgType = IatiOrgType,
            CountryCode = CountryCode,
            Website = Website,
            Description = Description,
        };

        /// <summary>Where the constructor's rules go (the edit's rules name their detail, see <see cref="InvalidDetailException"/>).</summary>
        public static string? FieldFor(string code) => code == DomainErrorCodes.Required ? "Input.Name" : null;
    }
}
