using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Reorganisation.Models;

namespace Portal.Reorganisation.Migrations;

/// <summary>
/// Splits (a kind, several targets, a step per source, target and module) and the runner's lease (holder and expiry,
/// claimed by a conditional update). A merge recorded before keeps its one target.
/// </summary>
[DbContext(typeof(ReorganisationDb))]
[Migration("20261205100000_ReorganisationSplitAndLease")]
public sealed class ReorganisationSplitAndLease : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<int>("Kind", "Reorganisations", nullable: false, defaultValue: 0);
        b.AddColumn<string>("Targets", "Reorganisations", maxLength: 1000, nullable: false, defaultValue: "");
        b.AddColumn<string>("LeaseHolder", "Reorganisations", maxLength: 200, nullable: false, defaultValue: "");
        b.AddColumn<DateTime>("LeaseUntilUtc", "Reorganisations", nullable: true);
        b.Sql("UPDATE \"Reorganisations\" SET \"Targets\" = \"Target\"");
        b.AddColumn<string>("Target", "ReorganisationSteps", maxLength: 63, nullable: false, defaultValue: "");
        b.AddColumn<int>("TargetIndex", "ReorganisationSteps", nullable: false, defaultValue: 0);
        b.Sql("UPDATE \"ReorganisationSteps\" SET \"Target\" = (SELECT r.\"Target\" FROM \"Reorganisations\" r WHERE r.\"Id\" = \"ReorganisationSteps\".\"ReorganisationId\")");
        b.DropIndex("IX_ReorganisationSteps_ReorganisationId_SourceIndex_Kind", "ReorganisationSteps");
        b.CreateIndex("IX_ReorganisationSteps_ReorganisationId_SourceIndex_TargetIndex_Kind", "ReorganisationSteps",
            ["ReorganisationId", "SourceIndex", "TargetIndex", "Kind"], unique: true);
    }
}
