using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Dossiers.Models;

namespace Portal.Dossiers.Migrations;

/// <summary>The day a dossier's hand-over warning was sent, so it is sent once.</summary>
[DbContext(typeof(DossiersDb))]
[Migration("20261230000001_DossiersHandOverWarning")]
public sealed class DossiersHandOverWarning : Migration
{
    protected override void Up(MigrationBuilder b) => b.AddColumn<DateOnly>("HandOverWarnedOn", "Dossiers", nullable: true);
}
