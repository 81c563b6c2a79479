//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::types`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypesParams {
    pub types2: ::std::option::Option<::std::string::String>,
    pub types3: ::std::option::Option<::std::string::String>,
    pub types4: ::std::option::Option<::std::string::String>,
}
impl TypesParams {
    /// Sets `types2`.
    #[must_use]
    pub fn types2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.types2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `types3`.
    #[must_use]
    pub fn types3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.types3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `types4`.
    #[must_use]
    pub fn types4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.types4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::types`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypesOkHeaders {
    pub types: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::types`].
#[derive(Debug, Clone, PartialEq)]
pub enum TypesResponse {
    /// ok
    Ok { body: super::types::Everything, headers: TypesOkHeaders },
}
/// Documented error responses of [`super::Client::types`].
#[derive(Debug, Clone, PartialEq)]
pub enum TypesError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::types_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum TypesPostError {}
impl super::Client {
    /// */ operation types "#
    ///
    /// `GET /op173/{types}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn types(
        &self,
        types: &str,
        params: &TypesParams,
    ) -> ::std::result::Result<TypesResponse, super::Error<TypesError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op173/");
        url.push_str(
            &super::runtime::path_param(
                "types",
                &super::runtime::to_value("types", &types)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.types2 {
            let v = super::runtime::to_value("types", v)?;
            super::runtime::push_param(&mut query, "types", &v, "form", true);
        }
        if let Some(v) = &params.types3 {
            let v = super::runtime::to_value("types", v)?;
            headers.push(("types", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.types4 {
            let v = super::runtime::to_value("types", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "types", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[173usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("types", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "types", method = "GET", path =
            "/op173/{types}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("types", status, &response_headers);
        match status {
            200 => {
                let headers = TypesOkHeaders {
                    types: super::runtime::optional_header(
                        &response_headers,
                        "types",
                        status,
                    )?,
                };
                Ok(TypesResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        TypesError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(TypesError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            TypesError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op173/{types}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn types_post(
        &self,
        types: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<TypesPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op173/");
        url.push_str(
            &super::runtime::path_param(
                "types",
                &super::runtime::to_value("types", &types)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("types_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "types_post", method = "POST", path =
            "/op173/{types}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("types_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        TypesPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
