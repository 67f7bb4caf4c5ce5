/**
 * Kubernetes manifests: multi-document YAML, {@code kubectl get -o yaml|json} lists and {@code helm template}
 * output, read into services (workloads and the Services fronting them) and the dependencies their containers
 * name.
 */
package dev.blastmap.io.kubernetes;
