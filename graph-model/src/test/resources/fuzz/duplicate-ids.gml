graph [
  node [ id 1 label "a" ]
  node [ id 1 label "b" ]
  edge [ source 1 target 1 ]
]
