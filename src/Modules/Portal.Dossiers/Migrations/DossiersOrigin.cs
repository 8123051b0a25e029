using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Dossiers.Models;

namespace Portal.Dossiers.Migrations;

/// <summary>Where a catalogue entry and its dossier moved in from in a merge ("{source}:{id}"): unique, so importing it again finds it.</summary>
[DbContext(typeof(DossiersDb))]
[Migration("20270106000000_DossiersOrigin")]
public sealed class DossiersOrigin : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<string>("Origin", "DossierCatalogue", maxLength: 200, nullable: true);
        b.CreateIndex("IX_DossierCatalogue_Origin", "DossierCatalogue", ["Origin"], unique: true);
    }
}
