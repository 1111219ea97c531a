using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SolidarityGraph.Api.Infrastructure;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Persistence;
using SolidarityGraph.Domain.Places;

namespace SolidarityGraph.Api.Pages.Admin.Places;

/// <summary>Creates a place through <see cref="Place.Edit"/>, like the edit page and the place mutations.</summary>
internal sealed class CreateModel(SolidarityGraphDbContext db) : AdminPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The places a new one may lie in, by name.</summary>
    public ReferenceOptions Parents { get; private set; } = null!;

    public async Task OnGetAsync() => await LoadLookupsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var place = new Place(Input.Name, Input.Type, Input.CountryCode);
        if (await Input.DetailsForAsync(place, this, db) is not { } edit)
        {
            await LoadLookupsAsync();
            return Page();
        }

        db.Places.Add(place.Edit(edit.Details, edit.Parent));
        await db.SaveChangesAsync();
        TempData["Message"] = "Place created.";
        return Redirect($"/admin/browse/place/{place.Id}");
    }

    public override async Task LoadLookupsAsync() => Parents = await InputModel.ParentsAsync(db);

    protected override string? FieldFor(string code) => InputModel.FieldFor(code);

    /// <summary>The fields of a place, shared with the edit page (which shows type and country without changing them).</summary>
    public class InputModel
    {
        private const string DatePattern = @"^\d{4}(-\d{2}(-\d{2})?)?~?$";

        [Required, StringLength(300)]
        public string Name { get; set; } = string.Empty;

        public PlaceType Type { get; set; } = PlaceType.City;

        [Display(Name = "Country (ISO 3166-1 alpha-2)"), RegularExpression("^[A-Z]{2}$", ErrorMessage = "Use two upper-case letters, e.g. BO.")]
        public string? CountryCode { get; set; }

        [Display(Name = "ISO 3166-2 code")]
        public string? Iso3166_2 { get; set; }

        [Display(Name = "UN M49 code")]
        public string? M49Code { get; set; }

        [Display(Name = "GeoNames id"), Range(1, long.MaxValue)]
        public long? GeonamesId { get; set; }

        [Display(Name = "Part of")]
        public string? Parent { get; set; }

        [Range(-90.0, 90.0)]
        public double? Latitude { get; set; }

        [Range(-180.0, 180.0)]
        public double? Longitude { get; set; }

        [Range(0, long.MaxValue)]
        public long? Population { get; set; }

        [Display(Name = "Population as of"), RegularExpression(DatePattern, ErrorMessage = "Use YYYY, YYYY-MM or YYYY-MM-DD (add ~ when approximate).")]
        public string? PopulationAsOf { get; set; }

        public static async Task<ReferenceOptions> ParentsAsync(SolidarityGraphDbContext db) =>
            ReferenceOptions.For(await RecordNames.LoadAsync(db), typeof(Place));

        public async Task CopyFromAsync(Place place, SolidarityGraphDbContext db)
        {
            ArgumentNullException.ThrowIfNull(place);
            (Name, Type, CountryCode, Iso3166_2, M49Code, GeonamesId) = (place.Name, place.Type, place.CountryCode, place.Iso3166_2, place.M49Code, place.GeonamesId);
            (Latitude, Longitude, Population, PopulationAsOf) = (place.Point?.Latitude, place.Point?.Longitude, place.Population, place.PopulationAsOf?.ToString());
            Parent = (await ParentsAsync(db)).LabelOf(place.ParentId);
        }

        /// <summary>
        /// The details this input states and the parent it names, for <see cref="Place.Edit"/>; null, with the reasons
        /// in the page's model state, when the parent's name or the point cannot be read.
        /// </summary>
        public async Task<(PlaceDetails Details, Place? Parent)?> DetailsForAsync(Place place, AdminPageModel page, SolidarityGraphDbContext db)
        {
            ArgumentNullException.ThrowIfNull(page);
            var parentId = (await ParentsAsync(db)).Resolve(Parent, "place", out var parentError);
            if (parentError is not null)
            {
                page.ModelState.AddModelError("Input.Parent", parentError);
            }

            if ((Latitude is null) != (Longitude is null))
            {
                page.ModelState.AddModelError(Latitude is null ? "Input.Latitude" : "Input.Longitude", "A point needs both latitude and longitude.");
            }

            var asOf = page.ParseDate(PopulationAsOf, "Input.PopulationAsOf");
            if (!page.ModelState.IsValid)
            {
                return null;
            }

            var details = PlaceDetails.Of(place) with
            {
                Name = Name,
                Iso3166_2 = Iso3166_2,
                M49Code = M49Code,
                GeonamesId = GeonamesId,
                ParentId = parentId,
                Point = Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null,
                Population = Population,
                PopulationAsOf = asOf,
            };
            return (details, parentId is null ? null : await db.Places.SingleAsync(p => p.Id == parentId));
        }

        /// <summary>Where rules without a detail go: the constructor's country rule, and the hierarchy rules at the parent.</summary>
        public static string? FieldFor(string code) => code switch
        {
            DomainErrorCodes.Required => "Input.CountryCode",
            DomainErrorCodes.PlaceHierarchyInvalid or DomainErrorCodes.PlaceCountryMismatch or DomainErrorCodes.SelfReference => "Input.Parent",
            _ => null,
        };
    }
}
