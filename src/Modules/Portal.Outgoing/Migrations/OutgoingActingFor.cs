using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Outgoing.Models;

namespace Portal.Outgoing.Migrations;

/// <summary>The delegation a deputy signs under when the signer chosen was absent, so the signature step names both people.</summary>
[DbContext(typeof(OutgoingDb))]
[Migration("20270104160000_OutgoingActingFor")]
public sealed class OutgoingActingFor : Migration
{
    protected override void Up(MigrationBuilder b) =>
        b.AddColumn<string>("ActingFor", "OutgoingDocuments", maxLength: 1000, nullable: false, defaultValue: "");
}
