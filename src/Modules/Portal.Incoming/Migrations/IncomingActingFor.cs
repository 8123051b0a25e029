using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Incoming.Models;

namespace Portal.Incoming.Migrations;

/// <summary>The delegation a deputy acts under when the leader or lead handler named was absent, so later steps name both people.</summary>
[DbContext(typeof(IncomingDb))]
[Migration("20270104160000_IncomingActingFor")]
public sealed class IncomingActingFor : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<string>("LeaderActingFor", "IncomingDocuments", maxLength: 1000, nullable: false, defaultValue: "");
        b.AddColumn<string>("LeadActingFor", "IncomingDocuments", maxLength: 1000, nullable: false, defaultValue: "");
    }
}
