//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::typeof`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypeofParams {
    pub typeof2: ::std::option::Option<::std::string::String>,
    pub typeof3: ::std::option::Option<::std::string::String>,
    pub typeof4: ::std::option::Option<::std::string::String>,
}
impl TypeofParams {
    /// Sets `typeof2`.
    #[must_use]
    pub fn typeof2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.typeof2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `typeof3`.
    #[must_use]
    pub fn typeof3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.typeof3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `typeof4`.
    #[must_use]
    pub fn typeof4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.typeof4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::typeof`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypeofOkHeaders {
    pub r#typeof: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::typeof`].
#[derive(Debug, Clone, PartialEq)]
pub enum TypeofResponse {
    /// ok
    Ok { body: super::types::Everything, headers: TypeofOkHeaders },
}
/// Documented error responses of [`super::Client::typeof`].
#[derive(Debug, Clone, PartialEq)]
pub enum TypeofError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::typeof_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum TypeofPostError {}
impl super::Client {
    /// */ operation typeof "#
    ///
    /// `GET /op46/{typeof}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#typeof(
        &self,
        r#typeof: &str,
        params: &TypeofParams,
    ) -> ::std::result::Result<TypeofResponse, super::Error<TypeofError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op46/");
        url.push_str(
            &super::runtime::path_param(
                "typeof",
                &super::runtime::to_value("typeof", &r#typeof)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.typeof2 {
            let v = super::runtime::to_value("typeof", v)?;
            super::runtime::push_param(&mut query, "typeof", &v, "form", true);
        }
        if let Some(v) = &params.typeof3 {
            let v = super::runtime::to_value("typeof", v)?;
            headers.push(("typeof", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.typeof4 {
            let v = super::runtime::to_value("typeof", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "typeof", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[46usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("typeof", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "typeof", method = "GET", path =
            "/op46/{typeof}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("typeof", status, &response_headers);
        match status {
            200 => {
                let headers = TypeofOkHeaders {
                    r#typeof: super::runtime::optional_header(
                        &response_headers,
                        "typeof",
                        status,
                    )?,
                };
                Ok(TypeofResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        TypeofError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(TypeofError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            TypeofError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op46/{typeof}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn typeof_post(
        &self,
        r#typeof: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<TypeofPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op46/");
        url.push_str(
            &super::runtime::path_param(
                "typeof",
                &super::runtime::to_value("typeof", &r#typeof)?,
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
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("typeof_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "typeof_post", method = "POST", path =
            "/op46/{typeof}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("typeof_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        TypeofPostError,
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
