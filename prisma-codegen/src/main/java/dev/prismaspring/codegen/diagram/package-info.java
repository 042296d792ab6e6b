/**
 * Diagrams of a schema: {@link dev.prismaspring.codegen.diagram.MermaidErDiagram} renders the
 * models, their columns and their relations as a Mermaid {@code erDiagram}.
 */
package dev.prismaspring.codegen.diagram;
