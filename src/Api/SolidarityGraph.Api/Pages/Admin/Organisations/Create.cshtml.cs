using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Persistence;

namespace SolidarityGraph.Api.Pages.Admin.Organisations;

/// <summary>Creates an organisation through the entity's own methods.</summary>
public sealed class CreateModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var organisation = Input.ApplyTo(new Organisation(Input.Name, Input.Kind));
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

        public Organisation ApplyTo(Organisation organisation)
        {
            ArgumentNullException.ThrowIfNull(organisation);
            return organisation
                .Rename(Name, Kind, Acronym, organisation.AltNames)
                .Classify(SseEntityType, IatiOrgType, organisation.IatiOrgRef, organisation.EssglobalStructure, organisation.GsefActorType,
                    organisation.LegalFormLocal, organisation.Themes)
                .Locate(CountryCode, organisation.HeadquartersPlaceId, Website, Description, organisation.FoundedOn);
        }

        public static string? FieldFor(string code) => code switch
        {
            DomainErrorCodes.Required => "Input.Name",
            DomainErrorCodes.InvalidFormat => "Input.IatiOrgType",
            _ => null,
        };
    }
}
