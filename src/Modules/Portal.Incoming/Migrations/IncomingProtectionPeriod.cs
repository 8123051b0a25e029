using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Incoming.Models;

namespace Portal.Incoming.Migrations;

/// <summary>The protection period written on a document, when it states a shorter one than the law's.</summary>
[DbContext(typeof(IncomingDb))]
[Migration("20270105000001_IncomingProtectionPeriod")]
public sealed class IncomingProtectionPeriod : Migration
{
    protected override void Up(MigrationBuilder b) => b.AddColumn<int>("ProtectionYears", "IncomingDocuments", nullable: true);
}
