using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Outgoing.Models;

namespace Portal.Outgoing.Migrations;

/// <summary>The protection period to write on a document, when it states a shorter one than the law's.</summary>
[DbContext(typeof(OutgoingDb))]
[Migration("20270104160001_OutgoingProtectionPeriod")]
public sealed class OutgoingProtectionPeriod : Migration
{
    protected override void Up(MigrationBuilder b) => b.AddColumn<int>("ProtectionYears", "OutgoingDocuments", nullable: true);
}
