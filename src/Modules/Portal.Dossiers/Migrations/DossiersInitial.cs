using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;
using Portal.Dossiers.Models;

namespace Portal.Dossiers.Migrations;

[DbContext(typeof(DossiersDb))]
[Migration("20261230000000_DossiersInitial")]
public sealed class DossiersInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("DossierCatalogue", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            Year = t.Column<int>(nullable: false),
            UnitCode = t.Column<string>(maxLength: 20, nullable: false),
            Code = t.Column<string>(maxLength: 20, nullable: false),
            Title = t.Column<string>(maxLength: 500, nullable: false),
            RetentionYears = t.Column<int>(nullable: false),
            ResponsibleUserId = t.Column<string>(maxLength: 100, nullable: false),
            ResponsibleName = t.Column<string>(maxLength: 200, nullable: false),
            Notes = t.Column<string>(maxLength: 500, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_DossierCatalogue", x => x.Id));
        b.CreateIndex("IX_DossierCatalogue_YearCode", "DossierCatalogue", ["Year", "Code"], unique: true);
        b.CreateTable("Dossiers", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            CatalogueEntryId = t.Column<int>(nullable: false),
            Year = t.Column<int>(nullable: false),
            UnitCode = t.Column<string>(maxLength: 20, nullable: false),
            Code = t.Column<string>(maxLength: 20, nullable: false),
            Title = t.Column<string>(maxLength: 500, nullable: false),
            RetentionYears = t.Column<int>(nullable: false),
            ResponsibleUserId = t.Column<string>(maxLength: 100, nullable: false),
            ResponsibleName = t.Column<string>(maxLength: 200, nullable: false),
            Level = t.Column<int>(nullable: false),
            Status = t.Column<int>(nullable: false),
            OpenedBy = t.Column<string>(maxLength: 100, nullable: false),
            OpenedOn = t.Column<DateOnly>(nullable: false),
            ClosedOn = t.Column<DateOnly>(nullable: true),
            DocumentTotal = t.Column<int>(nullable: false),
            PageTotal = t.Column<int>(nullable: false),
            HandedOverOn = t.Column<DateOnly>(nullable: true),
            HandedOverBy = t.Column<string>(maxLength: 200, nullable: false),
            ArchivistUserId = t.Column<string>(maxLength: 100, nullable: true),
            ArchivistName = t.Column<string>(maxLength: 200, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Dossiers", x => x.Id);
            t.ForeignKey("FK_Dossiers_Catalogue", x => x.CatalogueEntryId, "DossierCatalogue", "Id");
        });
        // One dossier per catalogue entry: two people opening it at once cannot make two.
        b.CreateIndex("IX_Dossiers_CatalogueEntry", "Dossiers", "CatalogueEntryId", unique: true);
        b.CreateTable("DossierItems", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            DossierId = t.Column<int>(nullable: false),
            DocumentKind = t.Column<string>(maxLength: 20, nullable: false),
            DocumentId = t.Column<int>(nullable: false),
            DocumentDate = t.Column<DateOnly>(nullable: false),
            Level = t.Column<int>(nullable: false),
            PageCount = t.Column<int>(nullable: false),
            AddedBy = t.Column<string>(maxLength: 100, nullable: false),
            AddedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DossierItems", x => x.Id);
            t.ForeignKey("FK_DossierItems_Dossiers", x => x.DossierId, "Dossiers", "Id");
        });
        b.CreateIndex("IX_DossierItems_Document", "DossierItems", ["DossierId", "DocumentKind", "DocumentId"], unique: true);
    }
}
